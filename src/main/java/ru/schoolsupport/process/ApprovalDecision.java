package ru.schoolsupport.process;

/**
 * The one vocabulary of decisions: every form that approves or returns something for rework (a list,
 * the pairs, documents, a joint plan, a report, an assignment's execution) submits {@code approved},
 * or {@code returned} with a comment saying what to change. The form's own label may say «Принять»,
 * «Согласовать» or «Подтвердить»; the value is the same.
 */
public final class ApprovalDecision {

  public static final String APPROVED = "approved";
  public static final String RETURNED = "returned";

  /**
   * What forms deployed before the vocabulary was one submitted for {@link #APPROVED}: a task created
   * from such a deployment still offers them until it is completed.
   */
  private static final java.util.Set<String> APPROVED_BEFORE = java.util.Set.of("agreed", "accepted", "confirmed");

  private ApprovalDecision() {
  }

  /** Whether the decision approves (also as a form deployed before submitted it). */
  public static boolean isApproved(String decision) {
    return APPROVED.equals(decision) || APPROVED_BEFORE.contains(decision);
  }

  /** Whether the decision returns the work for rework. */
  public static boolean isReturned(String decision) {
    return RETURNED.equals(decision);
  }

  /**
   * Whether the decision approves; a return without a comment, or no decision, is refused.
   *
   * @param what what is being approved, for the messages («в перечне», «в закреплении»)
   */
  public static boolean approves(String decision, String comment, String what) {
    if (isApproved(decision)) {
      return true;
    }
    if (isReturned(decision)) {
      if (comment == null || comment.isBlank()) {
        throw new FormInputException("при возврате укажите, что нужно изменить " + what + " (поле «Комментарий»)");
      }
      return false;
    }
    throw new FormInputException("выберите решение: «Утвердить» или «Вернуть на доработку»");
  }
}
