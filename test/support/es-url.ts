export const esUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200'
