package org.xingping.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Matchers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.decision.NoticeOutcome;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.support.XingPingTest;

/**
 * A notice's whole life in one walk: refused before the decision is confirmed, opened once, not
 * closed while its period runs nor while an objection is unanswered (naming it), closed after,
 * publishing {@link NoticeClosed}; and no objection received before or after its period.
 */
@XingPingTest
@RecordApplicationEvents
class NoticeClosingTests {

    static final int YEAR = 2045;

    @Autowired
    ApplicationContext context;
    @Autowired
    PublicNotices notices;
    @Autowired
    Objections objections;
    @Autowired
    FormTokens tokens;
    @Autowired
    NoticeOutcome outcome;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;

    final CurrentUser committee = NoticeFixtures.someone(Role.COMMITTEE_ADMINISTRATOR);
    final CurrentUser leader = NoticeFixtures.someone(Role.COMMITTEE_LEADER);

    @Test
    void theNoticeClosesOnlyAfterItsPeriodWithEveryObjectionAnswered() throws Exception {
        CampaignFixtures.referenceCampaign(context, YEAR);
        assertRefused(() -> notices.open(YEAR, new PublicNotices.OpenNotice(notices.today(), "公示", "正文"), leader),
                "publicNotice.notConfirmed");
        assertThat(outcome.status(YEAR)).isEqualTo(NoticeOutcome.NoticeStatus.NOT_STARTED);
        page("/notice/" + YEAR, "2045年度的评定结果尚未确认");

        List<String> rated = NoticeFixtures.confirmedResults(context, YEAR);
        page("/notice/" + YEAR + "?startsOn=" + YEAR + "-12-13&contact=0396-2822222",
                "公示期：2045年12月13日至2045年12月19日（5个工作日）");
        assertRefused(() -> notices.open(YEAR, new PublicNotices.OpenNotice(notices.today(), " ", "正文"), leader),
                "publicNotice.titleRequired");
        // Opened from tomorrow: nobody may object before the first day.
        notices.open(YEAR, new PublicNotices.OpenNotice(notices.today().plusDays(1), "公示", "正文"), leader);
        assertThat(events.stream(NoticeOpened.class)).anyMatch(e -> e.year() == YEAR);
        assertRefused(() -> objections.receive(YEAR, new Filing(tokens, YEAR, rated.get(0), "10.45.0.1").submission()),
                "objection.notYetOpen");
        assertRefused(() -> notices.open(YEAR, new PublicNotices.OpenNotice(notices.today(), "公示", "正文"), leader),
                "publicNotice.alreadyOpened");
        context.getBean(JdbcClient.class)
                .sql("update public_notice set starts_on = :today where campaign_id = (select id from campaign where year = :y)")
                .param("today", Date.valueOf(notices.today())).param("y", YEAR).update();
        assertThat(outcome.status(YEAR)).isEqualTo(NoticeOutcome.NoticeStatus.OPEN);

        Objection rejected = objections.receive(YEAR, new Filing(tokens, YEAR, rated.get(0), "10.45.0.2").submission());
        Objection upheld = objections.receive(YEAR, new Filing(tokens, YEAR, rated.get(1), "10.45.0.3").submission());
        assertThat(upheld.receipt()).isEqualTo("YY2045-0002");
        objections.hold(YEAR, upheld.id(), committee);
        assertRefused(() -> notices.close(YEAR, leader), "publicNotice.close.periodRunning");

        NoticeFixtures.periodOver(context, YEAR);
        assertRefused(() -> objections.receive(YEAR, new Filing(tokens, YEAR, rated.get(2), "10.45.0.4").submission()),
                "objection.periodOver");
        assertThatThrownBy(() -> notices.close(YEAR, leader)).isInstanceOf(NoticeRefused.class)
                .satisfies(e -> assertThat(((Refused) e).arguments()).containsExactly("YY2045-0001、YY2045-0002"));

        objections.answer(YEAR, rejected.id(), Objections.Outcome.REJECT, "反映问题不属实。", committee);
        assertRefused(() -> notices.close(YEAR, leader), "publicNotice.close.openObjections");
        assertRefused(() -> objections.answer(YEAR, upheld.id(), Objections.Outcome.UPHOLD, "", committee),
                "objection.answerRequired");
        assertThat(outcome.branchesOnHold(YEAR)).containsExactly(rated.get(1));
        objections.answer(YEAR, upheld.id(), Objections.Outcome.UPHOLD, "反映问题属实，退回重新评定。", committee);
        assertThat(outcome.branchesOnHold(YEAR)).isEmpty();

        page("/notice/" + YEAR, "异议受理");
        PublicNotice closed = notices.close(YEAR, leader);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo(leader.getUsername());
        assertThat(outcome.status(YEAR)).isEqualTo(NoticeOutcome.NoticeStatus.CLOSED);
        assertThat(events.stream(NoticeClosed.class)).containsExactly(new NoticeClosed(YEAR));
        assertRefused(() -> notices.close(YEAR, leader), "publicNotice.alreadyClosed");
        assertRefused(() -> objections.receive(YEAR, new Filing(tokens, YEAR, rated.get(2), "10.45.0.5").submission()),
                "objection.noticeClosed");
    }

    /** The committee's page shows the text. */
    private void page(String path, String text) throws Exception {
        mvc.perform(get(path)
                        .with(user(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(text)));
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo(messageKey);
    }
}
