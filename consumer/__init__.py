"""news-consumer: clean and extract news articles from a Kafka stream."""

__version__ = "0.1.0"
