package ru.schoolsupport.process;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a repository has read in the current transaction, so that reading it again costs nothing. A
 * task's input mappings each ask for one field of the same record (a school's latest report: its
 * figures, problems, summary, measures...), and each read the record with its parts again: 45 queries a
 * school at a stage report instead of 4. The memo lives as long as the transaction (an engine command
 * runs in one) and a repository forgets its own entries when it writes ({@link #forget}). Outside a
 * transaction nothing is kept.
 *
 * @param <K> the key a record is read by
 * @param <V> the record
 */
public final class TransactionMemo<K, V> {

  private final Object name = new Object();

  /** The record of that key, read once per transaction. */
  public V get(K key, Supplier<V> read) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return read.get();
    }
    Map<K, V> memo = memo();
    V value = memo.get(key);
    if (value == null) {
      value = read.get();
      memo.put(key, value);
    }
    return value;
  }

  /** Forget what was read in this transaction: the repository has just written. */
  public void forget() {
    if (TransactionSynchronizationManager.hasResource(name)) {
      memo().clear();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> memo() {
    Map<K, V> memo = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
    if (memo == null) {
      Map<K, V> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(name, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(name);
        }
      });
      memo = created;
    }
    return memo;
  }
}
