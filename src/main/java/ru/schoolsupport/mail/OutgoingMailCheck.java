package ru.schoolsupport.mail;

/**
 * Asked just before a queued message is sent. A message that is no longer wanted — a reminder of a
 * task that was completed, cancelled or given a new due date since it was queued — is dropped
 * instead of sent. Features add their own checks as Spring beans.
 */
public interface OutgoingMailCheck {

  /** Null when the message is still wanted, otherwise why it is dropped (kept in the outbox). */
  String dropReason(String messageKey);
}
