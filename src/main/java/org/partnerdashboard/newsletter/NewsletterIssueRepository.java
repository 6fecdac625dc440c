package org.partnerdashboard.newsletter;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsletterIssueRepository extends JpaRepository<NewsletterIssue, Long> {

    List<NewsletterIssue> findAllByOrderByUpdatedAtDesc();

    List<NewsletterIssue> findByStatusOrderByNumberDesc(IssueStatus status);

    List<NewsletterIssue> findByStatus(IssueStatus status);

    @Query("select coalesce(max(i.number), 0) from NewsletterIssue i")
    int lastNumber();
}
