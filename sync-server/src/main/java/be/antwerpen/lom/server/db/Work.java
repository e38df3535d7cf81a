package be.antwerpen.lom.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside one transaction. */
@FunctionalInterface
public interface Work<T> {
    T run(Connection connection) throws SQLException;
}
