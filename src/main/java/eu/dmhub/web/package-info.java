/**
 * The page shell: layout, navigation, languages, error pages and the API's problem details. Nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package eu.dmhub.web;
