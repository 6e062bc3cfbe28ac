package org.wops.api.support;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wops.api.validation.OneOf;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.Language;

/** A person to write to at an operator or an organisation. */
public class ContactInput {
  @NotBlank(message = "is required")
  @Size(max = ContactPerson.NAME_MAX, message = "can be at most {max} characters")
  public String name;

  @NotBlank(message = "is required")
  @Email(message = "must be an e-mail address")
  @Size(max = ContactPerson.EMAIL_MAX, message = "can be at most {max} characters")
  public String email;

  @OneOf(Language.class)
  public String language;

  @Size(max = ContactPerson.ROLE_MAX, message = "can be at most {max} characters")
  public String role;

  public ContactPerson toContact() {
    return new ContactPerson(
        name, email, language == null ? Language.EN : Language.valueOf(language), role);
  }
}
