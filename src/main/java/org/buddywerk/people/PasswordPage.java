package org.buddywerk.people;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.buddywerk.platform.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone signed in can change their own password; their other sessions end. */
@Controller
@RequestMapping("/account/password")
class PasswordPage {

	private final AccountService service;

	PasswordPage(AccountService service) {
		this.service = service;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "people/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Authentication authentication,
			HttpSession session, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("repeatPassword") && !form.newPassword().equals(form.repeatPassword())) {
			result.rejectValue("repeatPassword", "password.repeatDiffers");
		}
		if (result.hasErrors()) {
			return "people/password";
		}
		try {
			service.changePassword(authentication.getName(), form.currentPassword(), form.newPassword(), session.getId());
		}
		catch (Refusal refusal) {
			refusal.showOn(result);
			return "people/password";
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/";
	}
}
