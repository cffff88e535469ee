package com.massagetrainer;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One Spring context for all service and view tests (no @DirtiesContext: tests clean up their own data). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class SpringTest {
}
