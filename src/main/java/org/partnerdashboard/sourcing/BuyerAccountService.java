package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.mail.InvitationMailer;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff open the buyer space to a buying company's people, from one of its requests. */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class BuyerAccountService {

    private final OrganizationRepository organizations;
    private final InvitationMailer mailer;
    private final InvitationService invitations;

    BuyerAccountService(OrganizationRepository organizations, InvitationMailer mailer,
            InvitationService invitations) {
        this.organizations = organizations;
        this.mailer = mailer;
        this.invitations = invitations;
    }

    /** @param appAddress the app's address as people reach it, ending with a slash */
    public long invite(long buyerId, String email, String displayName, Locale language, String appAddress) {
        organizations.findById(buyerId).filter(o -> Role.BUYER.belongsIn(o.getKind()))
                .orElseThrow(() -> new InvalidInputException("sourcing.error.buyer", "sourcing.buyer"));
        return mailer.invite(Role.BUYER, buyerId, email, displayName, language, appAddress);
    }

    @Transactional(readOnly = true)
    public List<InvitationRow> invitations(long buyerId) {
        return invitations.invitations(buyerId);
    }

    @Transactional(readOnly = true)
    public List<UserRow> accounts(long buyerId) {
        return invitations.accounts(buyerId);
    }
}
