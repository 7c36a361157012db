ALTER VIEW active_subscriptions RENAME TO current_subscriptions;
