"""Admin for API tokens: knox's own token admin (shows the key once) plus the token's scope."""

from django.contrib import admin
from knox.admin import AuthTokenAdmin as KnoxAuthTokenAdmin
from knox.models import AuthToken

from .models import TokenScope


class TokenScopeInline(admin.StackedInline):
    model = TokenScope
    can_delete = False
    min_num = 1
    max_num = 1
    extra = 0


admin.site.unregister(AuthToken)


@admin.register(AuthToken)
class AuthTokenAdmin(KnoxAuthTokenAdmin):
    """knox's admin creates the key and shows it once; the inline sets read or write scope."""

    inlines = [TokenScopeInline]
    list_display = ("token_key", "user", "scope_name", "created", "expiry")
    list_select_related = ("user", "scope")
    list_filter = ("scope__scope",)

    @admin.display(description="scope", ordering="scope__scope")
    def scope_name(self, obj: AuthToken) -> str:
        try:
            return obj.scope.get_scope_display()
        except TokenScope.DoesNotExist:
            return "Read only"
