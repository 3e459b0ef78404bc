package org.buddywerk.organisations;

public enum OrganisationKind {
	MUNICIPALITY, WELFARE_ORGANISATION, SCHOOL, CHURCH, BUSINESS, CITIZEN_INITIATIVE, OTHER
}
