package org.plenary.scheduling;

/** A room-display screen: shows the rooms of a venue, or of one building of it ({@code building} null for all). */
public record Screen(String key, String name, String venue, String building) {
}
