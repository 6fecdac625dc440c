package org.partnerdashboard.mail;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class MailServiceH2Test extends MailServiceTests {
}
