package ru.schoolsupport.mentoring;

import java.util.Optional;
import ru.schoolsupport.documents.WordDocument;

/**
 * A further appendix of the cycle's order that another feature keeps (the municipal roadmap, seed 002
 * item 5: «Утвердить дорожную карту… (приложение 1)»): the item of the order's text that approves it and
 * the appendix itself. Implemented outside this package (roadmap/RoadmapOrderAppendix), so that the order
 * does not depend on the feature and the feature may depend on the order.
 */
public interface CycleOrderAppendix {

  /** The cycle's appendix, if there is one to attach now (the roadmap is approved and attached). */
  Optional<Part> of(long cycleId);

  /** One appendix of the order. */
  interface Part {

    /**
     * The order's item approving it, without its number and the appendix reference: «Утвердить
     * муниципальную дорожную карту организационно-методического сопровождения … году».
     */
    String approves();

    /**
     * Writes the appendix after a page break; {@code heading} is «Приложение 2 к приказу от 16.02.2027 № 208»,
     * set at the right as the order's own appendix is.
     */
    void render(WordDocument doc, String heading);
  }
}
