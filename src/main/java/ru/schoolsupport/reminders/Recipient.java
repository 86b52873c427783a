package ru.schoolsupport.reminders;

/** Someone a reminder goes to: login, address and the name a letter greets them by. */
public record Recipient(String login, String email, String name) {
}
