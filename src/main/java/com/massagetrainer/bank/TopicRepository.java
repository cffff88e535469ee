package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TopicRepository extends JpaRepository<Topic, String> {

    List<Topic> findByActiveTrueOrderByPosition();

    /** Active topics with the number of questions that can be drawn from each, counted in the database. */
    @Query("""
            select new com.massagetrainer.bank.TopicSummary(t.id, t.name, t.description, t.contentArea, t.weight,
                   count(q.id))
            from Topic t left join Question q on q.topicId = t.id and q.active = true
            where t.active = true
            group by t.id, t.name, t.description, t.contentArea, t.weight, t.position
            order by t.position""")
    List<TopicSummary> summaries();
}
