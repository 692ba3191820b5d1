package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationImport;
import org.xingping.organization.OrganizationManagement;
import org.xingping.support.DemoBrowserTest;

/**
 * The planning walk of issue 5 on the demo instance, in a real browser: gongwei forms the groups of
 * a new campaign, plans with the progress on the page, pins one unit to another group's second
 * morning, plans again around it and publishes; obs06 then sees their own group's itinerary and
 * nothing of any other group's.
 */
class ObservationBrowserTests extends DemoBrowserTest {

    static final String PASSWORD = "Demo@2021";
    static final int YEAR = 2038;
    static final Set<String> UNITS = Set.of("U001", "U002", "U004", "U005", "U006", "U007", "U008", "U009", "U010");

    @Autowired
    CampaignManagement campaigns;
    @Autowired
    DeclarationImport declarations;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    ObservationManagement observation;

    @BeforeAll
    void campaign() throws IOException {
        Set<Long> all = registry.allUnits().stream().map(unit -> unit.getId()).collect(Collectors.toSet());
        campaigns.open(CampaignFixtures.openIn(YEAR, all));
        campaigns.attachCampaignFile(YEAR, ObservationFixtures.campaignFile(YEAR, 5, 4));
        declarations.importFile(YEAR, "declarations.csv", new ByteArrayInputStream(
                ObservationFixtures.declarationsOf(context, YEAR, UNITS).getBytes(StandardCharsets.UTF_8)), "gongwei");
    }

    /** The other walks expect the demo's year to be the current one. */
    @AfterAll
    void backTo2021() {
        browser.logIn("gongwei", PASSWORD).open("/campaigns/2021");
        browser.find(By.xpath("//button[text()='设为当前年度']")).click();
    }

    @Test
    void theCommitteePlansPinsPlansAgainAndPublishesAndAnObserverSeesOnlyTheirGroup() {
        browser.logIn("gongwei", PASSWORD).open("/campaigns/" + YEAR);
        browser.find(By.xpath("//button[text()='设为当前年度']")).click();
        browser.open("/observation");
        assertThat(browser.find(By.tagName("h1")).getText()).contains(YEAR + " 年度观摩安排");

        browser.find(By.xpath("//button[text()='按规则组建观摩组']")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已组建 5 个观摩组");
        assertThat(browser.findAll(By.cssSelector(".group-card"))).hasSize(5);

        plan();
        browser.screenshot("observation-planned");
        assertThat(browser.findAll(By.id("broken-rules"))).isEmpty();
        StoredPlan first = observation.plan(YEAR).orElseThrow();
        Visit moved = first.visits().stream().filter(Visit::isBriefing).findFirst().orElseThrow();
        int otherGroup = moved.group() == 1 ? 2 : 1;
        LocalDate dayTwo = LocalDate.of(YEAR, 11, 23);

        WebElement pin = browser.find(By.id("pin-form"));
        pin.findElement(By.name("unit")).sendKeys(moved.unitCode());
        new Select(pin.findElement(By.name("group"))).selectByValue(Integer.toString(otherGroup));
        new Select(pin.findElement(By.name("day"))).selectByValue(dayTwo.toString());
        browser.setValue(By.cssSelector("#pin-form input[name=start]"), "08:30");
        browser.click(By.cssSelector("#pin-form button[type=submit]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains(moved.unitCode(), "固定");
        assertThat(browser.findAll(By.cssSelector(".block.pinned[data-unit='" + moved.unitCode() + "']"))).hasSize(1);

        plan();
        assertThat(browser.findAll(By.id("broken-rules"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".block.pinned[data-unit='" + moved.unitCode() + "']")))
                .as("the pin survives planning again").hasSize(1);
        Visit kept = observation.plan(YEAR).orElseThrow().visits().stream()
                .filter(visit -> visit.isBriefing() && visit.unitCode().equals(moved.unitCode())).findFirst().orElseThrow();
        assertThat(List.of(kept.group(), kept.date(), kept.start().toString()))
                .containsExactly(otherGroup, dayTwo, "08:30");

        browser.click(By.xpath("//button[text()='发布']"));
        browser.find(By.cssSelector("[data-confirm-ok]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("观摩安排已发布");
        browser.screenshot("observation-published");

        ObservationGroup mine = observation.groups(YEAR).stream().filter(group -> group.everyone().stream()
                .anyMatch(person -> usernameOf(person).equals("obs06"))).findFirst().orElseThrow();
        Set<String> mineSees = observation.plan(YEAR).orElseThrow().visits().stream()
                .filter(visit -> visit.group() == mine.number()).map(Visit::unitCode).collect(Collectors.toSet());
        browser.logIn("obs06", PASSWORD).width(375).open("/itinerary");
        assertThat(browser.find(By.tagName("h1")).getText()).contains(mine.label());
        List<String> shown = browser.findAll(By.cssSelector("a.unit")).stream()
                .map(link -> link.getText().substring(0, link.getText().indexOf(' '))).distinct().toList();
        assertThat(shown).isNotEmpty().allSatisfy(unit -> assertThat(mineSees).contains(unit));
        browser.screenshot("itinerary-obs06");
        browser.findAll(By.cssSelector("a.unit")).get(0).click();
        assertThat(browser.findAll(By.cssSelector(".visit-list li"))).isNotEmpty();
        String elsewhere = observation.plan(YEAR).orElseThrow().visits().stream()
                .filter(visit -> visit.group() != mine.number()).map(Visit::unitCode)
                .filter(unit -> !mineSees.contains(unit)).findFirst().orElseThrow();
        browser.open("/itinerary/unit/" + elsewhere);
        assertThat(browser.text()).contains("这个单位不在你的行程中");
        browser.width(1280);
    }

    /** Starts a planning run, sees its progress on the page, and waits for the page to show the result. */
    private void plan() {
        browser.click(By.id("start-planning"));
        browser.waitFor(Duration.ofSeconds(20), driver -> driver.findElements(By.id("plan-score")).isEmpty() ? null
                : driver.findElement(By.id("plan-score")).getText());
        assertThat(browser.find(By.id("plan-elapsed")).getText()).startsWith("已用");
        browser.screenshot("observation-planning");
        browser.waitFor(Duration.ofMinutes(3), driver -> driver.findElements(By.id("plan-score")).isEmpty()
                && !driver.findElements(By.id("days-used")).isEmpty() ? true : null);
    }

    private String usernameOf(Observer person) {
        return observation.observers().stream().filter(stored -> stored.observer().equals(person)).findFirst()
                .orElseThrow().username();
    }
}
