package org.buddywerk.platform;

import org.springframework.validation.BindingResult;

/**
 * A change the rules refuse (a name already taken, an unknown organisation): the message key, and the form
 * field it belongs to, so that the form can show it next to that field.
 */
public class Refusal extends RuntimeException {

	private final String field;

	private final String messageKey;

	public Refusal(String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Shows the refusal on the form it came from. */
	public void showOn(BindingResult form) {
		if (field == null) {
			form.reject(messageKey);
		}
		else {
			form.rejectValue(field, messageKey);
		}
	}
}
