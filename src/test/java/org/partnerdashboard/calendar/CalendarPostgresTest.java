package org.partnerdashboard.calendar;

import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.ContextConfiguration;

@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class CalendarPostgresTest extends CalendarTests {
}
