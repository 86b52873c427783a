package ru.schoolsupport.mail;

/** Where messages finally go: an SMTP server, or files a user can open (the embedded default). */
public interface MailTransport {

  void send(MailMessage message) throws Exception;
}
