package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

  final TransactionMemo<String, Integer> memo = new TransactionMemo<>();
  final AtomicInteger reads = new AtomicInteger();

  @Test
  void withinATransactionARecordIsReadOnceUntilTheRepositoryWrites() {
    TransactionSynchronizationManager.initSynchronization();
    try {
      assertThat(memo.get("sosh6", reads::incrementAndGet)).isEqualTo(1);
      assertThat(memo.get("sosh6", reads::incrementAndGet)).isEqualTo(1);
      assertThat(memo.get("sosh12", reads::incrementAndGet)).isEqualTo(2);
      memo.forget();
      assertThat(memo.get("sosh6", reads::incrementAndGet)).isEqualTo(3);
      // the transaction ends: nothing is kept for the next one
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    TransactionSynchronizationManager.initSynchronization();
    try {
      assertThat(memo.get("sosh6", reads::incrementAndGet)).isEqualTo(4);
    } finally {
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void outsideATransactionEveryReadGoesToTheDatabase() {
    memo.get("sosh6", reads::incrementAndGet);
    memo.get("sosh6", reads::incrementAndGet);
    assertThat(reads).hasValue(2);
  }
}
