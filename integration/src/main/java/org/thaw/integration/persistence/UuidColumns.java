package org.thaw.integration.persistence;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLUUIDJdbcType;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;

/**
 * Reads PostgreSQL {@code uuid} columns with {@code ResultSet.getObject(int)}, which the driver
 * already answers with a {@link java.util.UUID}, instead of Hibernate's {@code getObject(int,
 * UUID.class)}. Payara's pooled result set forwards that JDBC 4.1 method by reflection, looking the
 * method up anew on every call: a write's flag rules read a few dozen ids, and the lookup was a
 * measurable share of a journal write (docs/performance.md, issue 19). Binding is Hibernate's own.
 *
 * <p>Registered through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}; Hibernate
 * applies contributors after the dialect's, so this replaces the dialect's uuid type.
 */
public final class UuidColumns extends PostgreSQLUUIDJdbcType implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry services) {
        contributions.contributeJdbcType(this);
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
                return getJavaType().wrap(rs.getObject(paramIndex), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                return getJavaType().wrap(statement.getObject(index), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return getJavaType().wrap(statement.getObject(name), options);
            }
        };
    }
}
