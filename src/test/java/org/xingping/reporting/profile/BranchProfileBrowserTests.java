package org.xingping.reporting.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.xingping.support.DemoBrowserTest;

/**
 * The branch profile in a real browser: the unit account u001 finds a branch of its unit in the
 * organisation list, opens its profile and sees the demo's 2021 results there (confirmed, so the
 * observed scores are published); another unit's branch is refused with the reason in Chinese;
 * the page fits a phone's width.
 */
class BranchProfileBrowserTests extends DemoBrowserTest {

    @Test
    void aUnitOpensItsBranchsProfileFromTheListAndNotAnotherUnits() {
        browser.logIn("u001", PASSWORD).open("/organizations?type=BRANCH");
        browser.click(By.cssSelector("a.profile-link"));
        browser.waitFor(By.id("profile-header"));
        assertThat(browser.currentPath()).matches("/branches/U001-B\\d+/profile");
        assertThat(browser.find(By.id("profile-header")).getText()).contains("市纪委监委机关");
        // 2021 is confirmed: the unit reads the observed scores and the total the decision used.
        assertThat(browser.findAll(By.id("not-published"))).isEmpty();
        assertThat(browser.find(By.id("total-used")).getText()).containsPattern("\\d+\\.\\d+");
        assertThat(browser.findAll(By.cssSelector("#level-chart canvas"))).isNotEmpty();
        browser.screenshot("branch-profile-1280");

        browser.width(375);
        browser.waitFor(By.id("profile-header"));
        // No sideways scrolling of the page itself at a phone's width: wide tables scroll in their own box.
        Long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        browser.screenshot("branch-profile-375");
        browser.width(0);

        browser.open("/branches/U002-B01/profile");
        browser.waitFor(Duration.ofSeconds(10), driver -> browser.text().contains("U002-B01"));
        assertThat(browser.text()).contains("党支部 U002-B01 不属于本单位，不能查看其档案。");
        assertThat(browser.findAll(By.id("profile-header"))).isEmpty();
    }

    @Test
    void theBranchSecretaryFindsItsProfileOnItsHomePage() {
        browser.logIn("u001-b05", PASSWORD).open("/");
        browser.click(By.linkText("查看档案"));
        browser.waitFor(By.id("profile-header"));
        assertThat(browser.currentPath()).isEqualTo("/branches/U001-B05/profile");
        browser.open("/branches/U001-B01/profile");
        assertThat(browser.text()).contains("只能查看本支部的档案");
    }
}
