package switchboard.adapter.out.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

import switchboard.application.shared.Transactions;

/** One database transaction around several stores' writes, which join it rather than commit on their own. */
@Singleton
public class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
