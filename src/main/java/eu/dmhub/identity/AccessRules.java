package eu.dmhub.identity;

import java.util.List;

/**
 * A module's doors: the addresses its pages and API answer and who may open them. Each module that
 * maps URLs declares one bean of this type naming only its own paths; the security configuration
 * applies them all, so a new module edits no other module. A request is refused unless a rule
 * admits it; an address that no page or API maps answers 404 to anyone.
 */
public interface AccessRules {

    List<AccessRule> accessRules();
}
