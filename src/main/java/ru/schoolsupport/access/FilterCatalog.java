package ru.schoolsupport.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters and the grants on them, as read within the last {@link #TIME_TO_LIVE}.
 * Tasklist runs a filter for every page and count it shows, and refreshes the counts of all of a
 * user's filters while the page is open; each time Camunda reads the filter's row and checks the
 * user's READ grant on it (two statements of a page of a few; BENCHMARKS.md). Here both come from
 * memory: the rows of the filters run, each read once, and every grant on a filter (a few per filter
 * and group, and each user's on the filters of their own), read in one statement.
 *
 * <p>A change made on this node (a filter saved or deleted, a grant on a filter given or taken away)
 * applies at once; one made on another node within {@link #TIME_TO_LIVE}. A filter's READ grant shows
 * the filter, not its tasks: which tasks a user sees, the task query checks itself. Access here is
 * only granted ({@link AccessRules}): revokes are not looked for.
 */
@Component
public class FilterCatalog {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

  private final Clock clock;
  private final Map<String, Kept<FilterRow>> rows = new ConcurrentHashMap<>();
  private volatile Kept<List<FilterGrant>> grants;
  /** Changes made on this node so far: what was read while one was made is not kept. */
  private final AtomicLong changes = new AtomicLong();

  public FilterCatalog() {
    this(Clock.systemUTC());
  }

  FilterCatalog(Clock clock) {
    this.clock = clock;
  }

  /** A filter's row as it was read. */
  record FilterRow(String id, int revision, String resourceType, String name, String owner, String query,
      String properties) {

    static FilterRow of(FilterEntity filter) {
      return new FilterRow(filter.getId(), filter.getRevision(), filter.getResourceType(), filter.getName(),
          filter.getOwner(), filter.getQueryInternal(), filter.getPropertiesInternal());
    }

    /** A new entity of its own, as a read of the row gives: a filter's query is changed as it runs. */
    FilterEntity toEntity() {
      FilterEntity filter = new FilterEntity(resourceType);
      filter.setId(id);
      filter.setRevision(revision);
      filter.setName(name);
      filter.setOwner(owner);
      filter.setQueryInternal(query);
      filter.setPropertiesInternal(properties);
      return filter;
    }
  }

  /** A grant on a filter, or on every filter ({@code *}): to a user, a group, or everyone. */
  record FilterGrant(int type, String userId, String groupId, String filterId, int permissions) {
    boolean lets(String user, List<String> groups, String filter, int permission) {
      boolean whom = type == AUTH_TYPE_GLOBAL ? ANY.equals(userId)
          : type == AUTH_TYPE_GRANT && (user != null && user.equals(userId) || groupId != null && groups.contains(groupId));
      return whom && (ANY.equals(filterId) || filterId.equals(filter)) && (permissions & permission) == permission;
    }
  }

  private record Kept<T>(T value, long until) {
  }

  /** The filter's row as read lately, if it was. */
  Optional<FilterRow> row(String filterId) {
    Kept<FilterRow> kept = rows.get(filterId);
    if (kept == null || kept.until() < clock.millis()) {
      return Optional.empty();
    }
    return Optional.of(kept.value());
  }

  /** The changes so far, to be given to {@link #keep} with what is read after this call. */
  long changes() {
    return changes.get();
  }

  /** Keeps a filter's row read after {@link #changes()} said {@code changesBeforeTheRead}. */
  void keep(FilterEntity filter, long changesBeforeTheRead) {
    Kept<FilterRow> kept = new Kept<>(FilterRow.of(filter), clock.millis() + TIME_TO_LIVE.toMillis());
    if (changes.get() == changesBeforeTheRead) {
      rows.put(filter.getId(), kept);
    }
  }

  /**
   * Whether the grants on filters, as read lately (or now, on this connection), let the user with these
   * groups have the permission on the filter.
   */
  boolean lets(Connection connection, String tablePrefix, String userId, List<String> groupIds, String filterId,
      int permission) throws SQLException {
    Kept<List<FilterGrant>> kept = grants;
    if (kept == null || kept.until() < clock.millis()) {
      long changesBeforeTheRead = changes.get();
      kept = new Kept<>(readGrants(connection, tablePrefix), clock.millis() + TIME_TO_LIVE.toMillis());
      if (changes.get() == changesBeforeTheRead) {
        grants = kept;
      }
    }
    List<String> groups = groupIds == null ? List.of() : groupIds;
    return kept.value().stream().anyMatch(grant -> grant.lets(userId, groups, filterId, permission));
  }

  /**
   * A filter saved or deleted in this command's transaction: forgotten now, and again once the
   * transaction ends, lest a run in between keep what it read before the change was committed.
   */
  void filterChanged(String filterId) {
    forgetNowAndWhenTheTransactionEnds(() -> forget(filterId));
  }

  /** A grant on a filter given or taken away in this command's transaction: as {@link #filterChanged}. */
  void grantsChanged() {
    forgetNowAndWhenTheTransactionEnds(this::forgetGrants);
  }

  private static void forgetNowAndWhenTheTransactionEnds(Runnable forget) {
    forget.run();
    TransactionContext transaction = Context.getCommandContext().getTransactionContext();
    transaction.addTransactionListener(TransactionState.COMMITTED, committed -> forget.run());
    transaction.addTransactionListener(TransactionState.ROLLED_BACK, rolledBack -> forget.run());
  }

  /** The filter changed or was deleted: read it again. */
  void forget(String filterId) {
    changes.incrementAndGet();
    rows.remove(filterId);
  }

  /** Grants on filters were given or taken away: read them again. */
  void forgetGrants() {
    changes.incrementAndGet();
    grants = null;
  }

  private static List<FilterGrant> readGrants(Connection connection, String tablePrefix) throws SQLException {
    List<FilterGrant> read = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_ID_, PERMS_ from " + tablePrefix + "ACT_RU_AUTHORIZATION"
            + " where RESOURCE_TYPE_ = ? and TYPE_ in (?, ?)")) {
      statement.setInt(1, Resources.FILTER.resourceType());
      statement.setInt(2, AUTH_TYPE_GLOBAL);
      statement.setInt(3, AUTH_TYPE_GRANT);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          read.add(new FilterGrant(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getInt(5)));
        }
      }
    }
    return List.copyOf(read);
  }
}
