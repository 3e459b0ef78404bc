package org.buddywerk.volunteers;

/** The certificate of good conduct: Belgian extract model 2, Dutch VOG, or something else. */
public enum ScreeningKind {
	BE_CRIMINAL_RECORD_MODEL_2, NL_VOG, OTHER
}
