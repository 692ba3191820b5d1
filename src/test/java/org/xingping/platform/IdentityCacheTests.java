package org.xingping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.support.XingPingTest;

/**
 * On H2 every identity column caches 10,000 values (migration V20): with the default of 32, H2
 * writes the sequence to disk every 32 inserted rows, which cost an import of 100,000 organisations
 * 2.5 s. A table added later must say so too.
 */
@XingPingTest
class IdentityCacheTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyIdentityColumnCachesTenThousandValues() {
        List<String> identities = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = 'PUBLIC' and is_identity = 'YES'""")
                .query(String.class).list();
        List<String> small = jdbc.sql("""
                        select table_name || '.' || column_name || ' caches ' || identity_cache
                        from information_schema.columns
                        where table_schema = 'PUBLIC' and is_identity = 'YES' and identity_cache < 10000""")
                .query(String.class).list();

        assertThat(identities).hasSizeGreaterThan(30);
        assertThat(small).as("cache 10,000 values in an H2 migration, as V20__identity_caches.sql does").isEmpty();
    }
}
