/**
 * Next steps for a company: a catalogue of trainings, good practices, tools, DIH services, support
 * programmes and peer examples kept as versioned, validated data; later the ranking with reasons,
 * the action plan and the evidence from follow-ups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation")
package eu.dmhub.recommendation;
