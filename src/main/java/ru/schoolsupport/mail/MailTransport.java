package ru.schoolsupport.mail;

/** Where messages finally go: an SMTP server, or files a user can open (the embedded default). */
public interface MailTransport {

  void send(MailMessage message) throws Exception;

  /**
   * Whether the server answers now, without sending anything (an SMTP connection opened and closed): after
   * an outage, mail waiting for its next attempt goes as soon as the server is back. True where there is
   * no server to ask.
   */
  default boolean answers() {
    return true;
  }
}
