/**
 * Companies, people, roles and sign-in. Its root package is the API other modules use: who is
 * signed in ({@link eu.dmhub.identity.CurrentPerson}), company profiles
 * ({@link eu.dmhub.identity.Companies}) and the events published when a profile changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package eu.dmhub.identity;
