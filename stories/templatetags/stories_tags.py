from django import template

register = template.Library()


@register.simple_tag
def story_topics(story, names):
    """A story's topics in the reader's language: ``names`` maps translation keys
    to the reader's records (see ``stories.newsroom.topic_names``)."""
    topics = story.topics.all() if hasattr(story, "topics") else []
    return [names.get(topic.translation_key, topic) for topic in topics]


@register.simple_tag
def story_authors(story, people):
    """A story's authors in the reader's language (see ``stories.models.people_in``)."""
    return story.listed_authors(people) if hasattr(story, "listed_authors") else []
