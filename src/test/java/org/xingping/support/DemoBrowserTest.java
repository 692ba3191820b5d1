package org.xingping.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A walk through the product in a real browser, on the demo instance (the reference data and the
 * demo accounts, password {@value #PASSWORD}) served on a free port. Every walk shares one
 * instance, so each leaves what it changed as another walk expects it, or uses its own year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.demo=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoBrowserTest {

    protected static final String PASSWORD = "Demo@2021";

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
