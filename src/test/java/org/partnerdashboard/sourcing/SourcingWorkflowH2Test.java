package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SourcingWorkflowH2Test extends SourcingWorkflowTests {
}
