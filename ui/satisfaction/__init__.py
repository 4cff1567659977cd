"""The passport's *Satisfaction* tab: CSAT and NPS answers, the trend, complaint analysis."""
