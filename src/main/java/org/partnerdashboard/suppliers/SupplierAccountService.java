package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.mail.InvitationMailer;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff open the supplier space to a verified supplier's people: the first invitation makes the company an
 * organization (the account's home), and every invitation goes out by mail in the invitee's language.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierAccountService {

    private final SupplierRepository suppliers;
    private final OrganizationRepository organizations;
    private final InvitationMailer mailer;
    private final InvitationService invitations;

    SupplierAccountService(SupplierRepository suppliers, OrganizationRepository organizations, InvitationMailer mailer,
            InvitationService invitations) {
        this.suppliers = suppliers;
        this.organizations = organizations;
        this.mailer = mailer;
        this.invitations = invitations;
    }

    /** A supplier's invitations and accounts, for its page. */
    public record SupplierAccounts(List<InvitationRow> invitations, List<UserRow> accounts) {
    }

    /**
     * Invites one of the supplier's people to its space. Only an approved supplier's: a registration waiting for
     * review or an imported supplier not yet verified has no space yet.
     *
     * @param appAddress the app's address as people reach it, ending with a slash
     */
    public long invite(long supplierId, String email, String displayName, Locale language, String appAddress) {
        return mailer.invite(Role.SUPPLIER, company(supplierId), email, displayName, language, appAddress);
    }

    /**
     * Invites one of the supplier's people to the buyer space: the supplier also buys, and its requests come from
     * the same company (never scouted for itself).
     *
     * @param appAddress the app's address as people reach it, ending with a slash
     */
    public long inviteBuyer(long supplierId, String email, String displayName, Locale language, String appAddress) {
        return mailer.invite(Role.BUYER, company(supplierId), email, displayName, language, appAddress);
    }

    /** The approved supplier's organization, made on its first invitation. */
    private long company(long supplierId) {
        Supplier supplier = suppliers.findById(supplierId)
                .filter(s -> s.getRegistrationStatus() == RegistrationStatus.APPROVED)
                .orElseThrow(() -> new InvalidInputException("invitations.error.not-approved"));
        if (supplier.getOrganizationId() == null) {
            Organization company = organizations.save(new Organization(companyName(supplier),
                    OrganizationKind.SUPPLIER));
            company.setCity(supplier.getCity());
            company.setCountyFips(supplier.getCountyFips());
            organizations.flush();
            supplier.linkOrganization(company.getId());
        }
        return supplier.getOrganizationId();
    }

    /**
     * The company's name as an organization: its legal name, unless another organization (an employer, a buyer)
     * already has it, when the city tells them apart.
     */
    private String companyName(Supplier supplier) {
        String name = supplier.getLegalName();
        return organizations.findByName(name).isEmpty() ? name : name + " (" + supplier.getCity() + ", supplier)";
    }

    @Transactional(readOnly = true)
    public SupplierAccounts accounts(long supplierId) {
        Long organizationId = suppliers.findById(supplierId).map(Supplier::getOrganizationId).orElse(null);
        return organizationId == null ? new SupplierAccounts(List.of(), List.of())
                : new SupplierAccounts(invitations.invitations(organizationId), invitations.accounts(organizationId));
    }
}
