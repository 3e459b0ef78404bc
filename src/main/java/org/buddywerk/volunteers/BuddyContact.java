package org.buddywerk.volunteers;

/** How to reach a buddy. Who may see it is for the caller to decide (DESIGN.md §4). */
public record BuddyContact(String name, String phone, String email) {
}
