package org.buddywerk.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from forms loses NUL characters: they have no meaning in a name or a note, and PostgreSQL cannot store
 * them. Nothing else is changed (passwords keep their spaces).
 */
@ControllerAdvice
class FormInput {

	@InitBinder
	void dropNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : text.replace("\u0000", ""));
			}
		});
	}
}
