package ru.schoolsupport.roadmap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.schoolsupport.mentoring.CycleOrderService;
import ru.schoolsupport.process.FormInputException;

/**
 * Attaches the approved roadmap to the cycle's order (seed 002, item 5): the head's choice when approving
 * it («Приложить к приказу»), or later. An order not yet generated takes the roadmap when it is; an order
 * already generated or issued is generated again with it (its number and date kept), and its download
 * then includes it. A separate bean from {@link RoadmapService}, which the order's appendix reads.
 */
@Service
public class RoadmapOrders {

  private final RoadmapService roadmaps;
  private final RoadmapRepository repository;
  private final CycleOrderService orders;

  public RoadmapOrders(RoadmapService roadmaps, RoadmapRepository repository, CycleOrderService orders) {
    this.roadmaps = roadmaps;
    this.repository = repository;
    this.orders = orders;
  }

  /** Attaches the approved roadmap; returns whether an existing order was generated again with it. */
  @Transactional
  public boolean attach(long cycleId) {
    Roadmap roadmap = roadmaps.find(cycleId).orElseThrow(() -> new FormInputException(
        "у цикла ещё нет дорожной карты: её начинает координатор"));
    if (roadmap.status() != RoadmapStatus.APPROVED) {
      throw new FormInputException("к приказу прикладывается только утверждённая дорожная карта");
    }
    repository.setAttachedToOrder(roadmap.id(), true);
    return orders.regenerateWithAppendices(cycleId, roadmap.coordinatorLogin());
  }

  /** Whether the cycle's order (draft or issued) has been generated. */
  public boolean orderExists(long cycleId) {
    return orders.find(cycleId).isPresent();
  }
}
