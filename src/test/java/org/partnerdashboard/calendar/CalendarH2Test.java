package org.partnerdashboard.calendar;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class CalendarH2Test extends CalendarTests {
}
