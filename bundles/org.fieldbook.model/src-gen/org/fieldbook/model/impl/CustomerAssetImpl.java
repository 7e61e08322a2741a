/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.Product;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.CustomerAssetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.CustomerAssetImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.CustomerAssetImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.CustomerAssetImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.CustomerAssetImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerAssetImpl extends RecordImpl implements CustomerAsset {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected Account account;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected Product product;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerAssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.CUSTOMER_ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CUSTOMER_ASSET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getAccount() {
		if (account != null && account.eIsProxy()) {
			InternalEObject oldAccount = (InternalEObject)account;
			account = (Account)eResolveProxy(oldAccount);
			if (account != oldAccount) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.CUSTOMER_ASSET__ACCOUNT, oldAccount, account));
			}
		}
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Account basicGetAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(Account newAccount) {
		Account oldAccount = account;
		account = newAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CUSTOMER_ASSET__ACCOUNT, oldAccount, account));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Product getProduct() {
		if (product != null && product.eIsProxy()) {
			InternalEObject oldProduct = (InternalEObject)product;
			product = (Product)eResolveProxy(oldProduct);
			if (product != oldProduct) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.CUSTOMER_ASSET__PRODUCT, oldProduct, product));
			}
		}
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product basicGetProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(Product newProduct) {
		Product oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CUSTOMER_ASSET__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CUSTOMER_ASSET__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CUSTOMER_ASSET__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.CUSTOMER_ASSET__NAME:
				return getName();
			case FieldbookPackage.CUSTOMER_ASSET__ACCOUNT:
				if (resolve) return getAccount();
				return basicGetAccount();
			case FieldbookPackage.CUSTOMER_ASSET__PRODUCT:
				if (resolve) return getProduct();
				return basicGetProduct();
			case FieldbookPackage.CUSTOMER_ASSET__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.CUSTOMER_ASSET__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.CUSTOMER_ASSET__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__ACCOUNT:
				setAccount((Account)newValue);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__PRODUCT:
				setProduct((Product)newValue);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CUSTOMER_ASSET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__ACCOUNT:
				setAccount((Account)null);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__PRODUCT:
				setProduct((Product)null);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.CUSTOMER_ASSET__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CUSTOMER_ASSET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.CUSTOMER_ASSET__ACCOUNT:
				return account != null;
			case FieldbookPackage.CUSTOMER_ASSET__PRODUCT:
				return product != null;
			case FieldbookPackage.CUSTOMER_ASSET__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.CUSTOMER_ASSET__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //CustomerAssetImpl
