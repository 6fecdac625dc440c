package org.partnerdashboard.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByRoleAndEnabledTrueAndEmailIsNotNullOrderByUsername(Role role);

    List<AppUser> findByOrganizationIdAndRoleInOrderByUsername(long organizationId, Collection<Role> roles);

    boolean existsByRoleAndEnabledTrue(Role role);

    /**
     * A successful sign-in, written as one statement outside the user's version: the same person signing in from two
     * browsers at once must not fail on an optimistic lock meant for edits of the account.
     */
    @Modifying
    @Transactional
    @Query("update AppUser u set u.failedSignIns = 0, u.lockedUntil = null, u.lastSignedInAt = :at"
            + " where u.username = :username")
    int recordSignIn(@Param("username") String username, @Param("at") Instant at);

    /** A preference, like the sign-in above written outside the account's version: it never conflicts with an edit. */
    @Modifying
    @Transactional
    @Query("update AppUser u set u.language = :language where u.username = :username")
    int updateLanguage(@Param("username") String username, @Param("language") String language);

    @Query("select u.language from AppUser u where u.username = :username")
    Optional<String> findLanguageByUsername(@Param("username") String username);
}
