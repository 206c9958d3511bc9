package org.thaw.integration.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.UUIDJavaType;
import org.junit.jupiter.api.Test;

/** The uuid column reader against a real PostgreSQL result set, and its registration with Hibernate. */
class UuidColumnsTest {

    @Test
    void hibernate_on_postgresql_reads_uuid_columns_with_it_instead_of_the_dialects_type() {
        StandardServiceRegistry services = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false")
                .build();
        try {
            Metadata metadata = new MetadataSources(services).buildMetadata();
            assertInstanceOf(
                    UuidColumns.class,
                    ((MetadataImplementor) metadata)
                            .getTypeConfiguration()
                            .getJdbcTypeRegistry()
                            .getDescriptor(SqlTypes.UUID));
        } finally {
            StandardServiceRegistryBuilder.destroy(services);
        }
    }

    @Test
    void reads_a_uuid_column_as_the_same_uuid_and_a_null_as_null() throws Exception {
        UUID id = UUID.randomUUID();
        var extractor = new UuidColumns().getExtractor(UUIDJavaType.INSTANCE);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection db = postgres.getPostgresDatabase().getConnection();
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select '" + id + "'::uuid, null::uuid")) {
            assertTrue(rs.next());
            assertEquals(id, extractor.extract(rs, 1, null));
            assertNull(extractor.extract(rs, 2, null));
        }
    }
}
