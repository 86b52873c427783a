package ru.schoolsupport.process;

/**
 * A decision that approves or returns something for rework, as the approval forms submit it:
 * {@code approved}, or {@code returned} with a comment saying what to change.
 */
public final class ApprovalDecision {

  public static final String APPROVED = "approved";
  public static final String RETURNED = "returned";

  private ApprovalDecision() {
  }

  /**
   * Whether the decision approves; a return without a comment, or no decision, is refused.
   *
   * @param what what is being approved, for the messages («в перечне», «в закреплении»)
   */
  public static boolean approves(String decision, String comment, String what) {
    if (APPROVED.equals(decision)) {
      return true;
    }
    if (RETURNED.equals(decision)) {
      if (comment == null || comment.isBlank()) {
        throw new FormInputException("при возврате укажите, что нужно изменить " + what + " (поле «Комментарий»)");
      }
      return false;
    }
    throw new FormInputException("выберите решение: «Утвердить» или «Вернуть на доработку»");
  }
}
