package be.antwerpen.lom.client.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the local database connection, run inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
