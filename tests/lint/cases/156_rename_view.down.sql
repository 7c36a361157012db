ALTER VIEW current_subscriptions RENAME TO active_subscriptions;
