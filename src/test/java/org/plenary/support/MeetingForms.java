package org.plenary.support;

import com.microsoft.playwright.Page;

/**
 * The secretariat's "new meeting" form, as a person fills it: from the control room's set-up link,
 * by ids (never words), so the same steps run in any language. The caller clicks "create" and waits
 * for what it expects (the meeting's page, or a refusal next to a field).
 */
public final class MeetingForms {

    private MeetingForms() {
    }

    /** Opens the form from {@code /secretariat} (already loaded in {@code page}) and fills it. */
    public static void fillNewMeeting(Page page, String code, int studyGroup, String title, String firstDay,
            String lastDay) {
        page.click("#setup-links a[href$='/secretariat/meetings/new']");
        page.waitForURL("**/secretariat/meetings/new");
        page.fill("#code", code);
        page.selectOption("#studyGroup", String.valueOf(studyGroup));
        page.fill("#titleEn", title);
        page.fill("#placeEn", "Geneva");
        page.fill("#venueEn", "Venue " + code);
        page.fill("#firstDay", firstDay);
        page.fill("#lastDay", lastDay);
        page.selectOption("#timeZone", "Europe/Zurich");
    }

    /**
     * On a study group's page: working parties 1 and 2 (with {@code wpChair} + number as chair, unless
     * null), then Questions 1 to 4 (1 and 2 under WP1, 3 under WP2, 4 directly under the group), each
     * added in place and waited for.
     */
    public static void addTwoWorkingPartiesAndFourQuestions(Page page, String wpChair) {
        for (int wp : new int[] {1, 2}) {
            page.fill("#wp-number", String.valueOf(wp));
            page.fill("#wp-title", "Working party " + wp);
            if (wpChair != null) {
                page.fill("#wp-chair", wpChair + wp);
            }
            page.click("#save-wp");
            page.locator("#wp-" + wp).waitFor();
        }
        String[] wpOf = {"1", "1", "2", ""};
        for (int q = 1; q <= 4; q++) {
            page.fill("#q-number", String.valueOf(q));
            page.fill("#q-title", "Question " + q);
            page.selectOption("#q-wp", wpOf[q - 1]);
            page.click("#save-q");
            page.locator("#q-" + q).waitFor();
        }
    }
}
